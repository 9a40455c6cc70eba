// With reportmeta.skip the invalid catalogue is not read and the build passes.
def log = new File(basedir, 'build.log').text
assert log.contains('reportmeta: validation skipped')
assert !new File(basedir, 'target/reportmeta-reports').exists()
