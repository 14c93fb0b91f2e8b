package org.awarehouse.content.control;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The media type of a package file, by its extension. An explicit table rather than the
 * platform's guesses, because responses carry {@code X-Content-Type-Options: nosniff}: a browser
 * then refuses a script or stylesheet served with the wrong type, and a package either works on
 * every node or on none.
 */
public final class MediaTypes {
  public static final String DEFAULT = "application/octet-stream";

  private static final String UTF8 = ";charset=utf-8";
  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      // documents and code; text types name UTF-8, which is what authoring tools write
      Map.entry("html", "text/html" + UTF8), Map.entry("htm", "text/html" + UTF8),
      Map.entry("xhtml", "application/xhtml+xml" + UTF8), Map.entry("js", "text/javascript" + UTF8),
      Map.entry("mjs", "text/javascript" + UTF8), Map.entry("css", "text/css" + UTF8),
      Map.entry("json", "application/json" + UTF8), Map.entry("map", "application/json" + UTF8),
      Map.entry("xml", "application/xml" + UTF8), Map.entry("xsd", "application/xml" + UTF8),
      Map.entry("txt", "text/plain" + UTF8), Map.entry("csv", "text/csv" + UTF8),
      Map.entry("md", "text/markdown" + UTF8), Map.entry("vtt", "text/vtt" + UTF8),
      Map.entry("srt", "text/plain" + UTF8), Map.entry("svg", "image/svg+xml" + UTF8),
      Map.entry("pdf", "application/pdf"), Map.entry("wasm", "application/wasm"),
      // images
      Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
      Map.entry("ico", "image/vnd.microsoft.icon"), Map.entry("bmp", "image/bmp"),
      Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"),
      // fonts (RFC 8081), and the older ones packages still carry
      Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
      Map.entry("otf", "font/otf"), Map.entry("eot", "application/vnd.ms-fontobject"),
      // audio and video
      Map.entry("mp4", "video/mp4"), Map.entry("m4v", "video/mp4"), Map.entry("webm", "video/webm"),
      Map.entry("ogv", "video/ogg"), Map.entry("mov", "video/quicktime"), Map.entry("ogg", "audio/ogg"),
      Map.entry("oga", "audio/ogg"), Map.entry("mp3", "audio/mpeg"), Map.entry("m4a", "audio/mp4"),
      Map.entry("wav", "audio/wav"), Map.entry("aac", "audio/aac"), Map.entry("flac", "audio/flac"),
      Map.entry("opus", "audio/ogg"),
      // archives and 3D
      Map.entry("zip", "application/zip"), Map.entry("swf", "application/x-shockwave-flash"),
      Map.entry("glb", "model/gltf-binary"), Map.entry("gltf", "model/gltf+json" + UTF8));

  /** Worth gzipping: text. Images, video, audio, woff2 and archives are compressed already. */
  private static final Set<String> COMPRESSIBLE = Set.of("html", "htm", "xhtml", "js", "mjs", "css",
      "json", "map", "xml", "xsd", "txt", "csv", "md", "vtt", "srt", "svg", "gltf", "ttf", "otf", "eot",
      "ico", "bmp", "wasm");

  private MediaTypes() {}

  /** The extension of the last segment, lower-case, or "" when it has none. */
  public static String extension(String path) {
    int dot = path.lastIndexOf('.');
    if (dot < 0 || dot < path.lastIndexOf('/')) {
      return "";
    }
    String extension = path.substring(dot + 1);
    for (int i = 0; i < extension.length(); i++) {
      if (Character.isUpperCase(extension.charAt(i))) {
        return extension.toLowerCase(Locale.ROOT);
      }
    }
    return extension;
  }

  /** The Content-Type for a file at this path; {@value #DEFAULT} when the extension is unknown. */
  public static String forPath(String path) {
    return BY_EXTENSION.getOrDefault(extension(path), DEFAULT);
  }

  public static boolean isCompressible(String path) {
    return COMPRESSIBLE.contains(extension(path));
  }
}
