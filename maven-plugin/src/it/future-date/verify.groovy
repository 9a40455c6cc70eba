// The build failed on the future date, with the file, line, JSON Pointer and code in the log, and the JUnit
// report names the same problem.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] .*catalogue\.json:113:5: error \[future-date\] \/reports\/1\/issued: /
assert log.contains('reportmeta: the catalogues are not valid (3 reports in 1 file: 1 error, 0 warnings)')
def junit = new File(basedir, 'target/reportmeta-reports/TEST-reportmeta.xml')
def suites = new groovy.xml.XmlSlurper().parse(junit)
assert suites.@failures.text() == '1'
assert suites.testsuite.testcase.failure.@type.text() == 'error:future-date'
