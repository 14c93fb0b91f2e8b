package org.awarehouse.content.control;

/** Reads Accept-Encoding (RFC 9110 §12.5.3) for the one coding we offer: gzip. */
public final class AcceptEncoding {

  private AcceptEncoding() {}

  /**
   * Whether gzip is acceptable: listed as {@code gzip} or {@code x-gzip} (§8.4.1.3) with a
   * non-zero weight, or not listed and {@code *} has a non-zero weight. Without the field we
   * send identity: §12.5.3 would allow any coding, but a client that names none most likely
   * decodes none.
   */
  public static boolean allowsGzip(String header) {
    if (header == null) {
      return false;
    }
    int gzip = -1;
    int any = -1;
    int start = 0;
    while (start <= header.length()) {
      int end = header.indexOf(',', start);
      if (end < 0) {
        end = header.length();
      }
      int semicolon = header.indexOf(';', start);
      int nameEnd = semicolon >= 0 && semicolon < end ? semicolon : end;
      String coding = header.substring(start, nameEnd).strip();
      int weight = nameEnd < end ? weight(header.substring(nameEnd + 1, end)) : 1000;
      if (coding.equalsIgnoreCase("gzip") || coding.equalsIgnoreCase("x-gzip")) {
        gzip = Math.max(gzip, weight);
      } else if (coding.equals("*")) {
        any = weight;
      }
      start = end + 1;
    }
    return gzip >= 0 ? gzip > 0 : any > 0;
  }

  /**
   * The weight in thousandths from parameters such as {@code q=0.5} (§12.4.2); 1000 without a q
   * parameter, 0 for a malformed one, so a value we cannot read never turns compression on.
   */
  static int weight(String parameters) {
    for (String parameter : parameters.split(";")) {
      int equals = parameter.indexOf('=');
      if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("q")) {
        return qvalue(parameter.substring(equals + 1).strip());
      }
    }
    return 1000;
  }

  /** qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ) */
  static int qvalue(String value) {
    if (value.isEmpty() || value.length() > 5 || value.charAt(0) != '0' && value.charAt(0) != '1'
        || value.length() > 1 && value.charAt(1) != '.') {
      return 0;
    }
    int thousandths = (value.charAt(0) - '0') * 1000;
    int scale = 100;
    for (int i = 2; i < value.length(); i++, scale /= 10) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
      thousandths += (c - '0') * scale;
    }
    return thousandths > 1000 ? 0 : thousandths;
  }
}
