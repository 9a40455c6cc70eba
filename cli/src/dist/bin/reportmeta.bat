@echo off
rem Runs the reportmeta command of this distribution (reportmeta-VERSION\bin\reportmeta.bat) on the jars in its lib\.
rem
rem   JAVA_HOME  the Java runtime to run on, 17 or newer; else java on the PATH
rem   JAVA_OPTS  options for the JVM
rem
rem The exit status is the command's (see reportmeta --help), or 127 when no Java runtime is found.

setlocal
set "REPORTMETA_HOME=%~dp0.."

if defined JAVA_HOME goto javaHome
set "JAVA_EXE=java"
where java >nul 2>&1
if errorlevel 1 (
    echo reportmeta: no java on the PATH; install Java 17 or newer, or set JAVA_HOME 1>&2
    exit /b 127
)
goto run

:javaHome
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not exist "%JAVA_EXE%" (
    echo reportmeta: JAVA_HOME is %JAVA_HOME%, but it has no bin\java.exe; set it to a Java 17 or newer runtime 1>&2
    exit /b 127
)

:run
"%JAVA_EXE%" %JAVA_OPTS% -cp "%REPORTMETA_HOME%\lib\*" io.github.reportmeta.cli.Main %*
exit /b %ERRORLEVEL%
