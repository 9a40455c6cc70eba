// The catalogue passed, the excluded draft was not read, and the JUnit report shows no failure.
def log = new File(basedir, 'build.log').text
assert log.contains('reportmeta: 3 reports in 1 file: 0 errors, 0 warnings')
assert !log.contains('draft.json')
def junit = new File(basedir, 'target/reportmeta-reports/TEST-reportmeta.xml')
assert junit.isFile()
def suites = new groovy.xml.XmlSlurper().parse(junit)
assert suites.@failures.text() == '0'
assert suites.testsuite.size() == 1
assert !log.contains('HV000001')
