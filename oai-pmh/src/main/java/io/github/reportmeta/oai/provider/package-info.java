/** An OAI-PMH 2.0 data provider over catalogues, as a request handler to mount in any server. */
@NullMarked
package io.github.reportmeta.oai.provider;

import org.jspecify.annotations.NullMarked;
