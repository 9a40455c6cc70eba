package io.github.reportmeta.oai.provider;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Requests to a provider in tests, each response checked against the official schema and parsed. */
final class Responses {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";

    private Responses() {}

    /** The parameters of a request, as name-value pairs; a name may come more than once. */
    static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return params;
    }

    /** Sends a request, validates the response against OAI-PMH.xsd (and the payloads' schemas), and parses it. */
    static Document oai(OaiProvider provider, String... pairs) {
        byte[] response = provider.respond(params(pairs));
        OaiSchemas.assertValid(response);
        return parse(response);
    }

    static Document parse(byte[] response) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(response));
        } catch (Exception e) {
            throw new AssertionError("the response is not well-formed XML", e);
        }
    }

    /** The texts of the elements of the OAI namespace with a name, in document order. */
    static List<String> texts(Document doc, String name) {
        return texts(doc, OAI, name);
    }

    static List<String> texts(Document doc, String namespace, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    static Element first(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(OAI, name);
        if (nodes.getLength() == 0) {
            throw new AssertionError("the response has no " + name);
        }
        return (Element) nodes.item(0);
    }

    /** The error code, or {@code ""} when the response has no error. */
    static String error(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS(OAI, "error");
        return nodes.getLength() == 0 ? "" : ((Element) nodes.item(0)).getAttribute("code");
    }

    /** The resumption token's text, or {@code null} when the response has no token element. */
    static String token(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS(OAI, "resumptionToken");
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}
