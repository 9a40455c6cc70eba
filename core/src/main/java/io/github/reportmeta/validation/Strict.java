package io.github.reportmeta.validation;

/**
 * The validation group of the constraints that only a report ready for publishing must meet: an abstract, a
 * keyword, an author, a language and an issued date, and no bidirectional control character in any text.
 */
public interface Strict {}
