/** The reportmeta Maven plugin: {@code reportmeta:validate} checks a project's catalogues in its build. */
package io.github.reportmeta.maven;
