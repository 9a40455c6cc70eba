@echo off
rem Runs the reportmeta command of this distribution (reportmeta-VERSION\bin\reportmeta.bat) on the jars in its lib\.
rem
rem   JAVA_HOME  the Java runtime to run on, 17 or newer; else java on the PATH
rem   JAVA_OPTS  options for the JVM
rem
rem The exit status is the command's (see reportmeta --help), or 127 when no Java runtime is found.
rem No parenthesised blocks below: a JAVA_HOME such as C:\Program Files (x86)\... would end them early.

setlocal
set "REPORTMETA_HOME=%~dp0.."

if defined JAVA_HOME goto javaHome
set "JAVA_EXE=java"
where java >nul 2>&1
if not errorlevel 1 goto run
echo reportmeta: no java on the PATH; install Java 17 or newer, or set JAVA_HOME 1>&2
exit /b 127

:javaHome
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_EXE%" goto run
echo reportmeta: JAVA_HOME is %JAVA_HOME%, but it has no bin\java.exe; set it to a Java 17 or newer runtime 1>&2
exit /b 127

:run
"%JAVA_EXE%" %JAVA_OPTS% -cp "%REPORTMETA_HOME%\lib\*" io.github.reportmeta.cli.Main %*
exit /b %ERRORLEVEL%
