/**
 * The canonical XML format ({@link io.github.reportmeta.xml.XmlFormat}): every field of the model, in its own
 * namespace, with the XSD shipped beside it.
 */
@NullMarked
package io.github.reportmeta.xml;

import org.jspecify.annotations.NullMarked;
