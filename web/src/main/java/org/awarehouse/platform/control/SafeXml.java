package org.awarehouse.platform.control;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The only way this application parses XML: namespace-aware DOM with DTDs, external entities,
 * XInclude and entity expansion switched off (OWASP XXE prevention cheat sheet). Manifests come
 * from uploaded packages, so every one of them is hostile until proven otherwise.
 */
public final class SafeXml {

  private SafeXml() {}

  public static Document parse(InputStream in) throws IOException, SAXException {
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(new StrictErrors());
      return builder.parse(in);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK XML parser lacks a required security feature", e);
    }
  }

  /** Every warning and error fails the parse instead of being printed to standard error. */
  private static final class StrictErrors implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    // A DOCTYPE is never needed by SCORM or cmi5 manifests; refusing it stops XXE and billion laughs.
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }
}
