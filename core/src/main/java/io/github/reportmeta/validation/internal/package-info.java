/** The validators behind the public constraints; opened to Hibernate Validator, exported to nobody. */
@NullMarked
package io.github.reportmeta.validation.internal;

import org.jspecify.annotations.NullMarked;
