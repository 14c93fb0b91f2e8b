package org.awarehouse.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where content is served from. By default the tool's own origin under {@code /content}; an
 * operator who sets {@code AWAREHOUSE_CONTENT_URL} to a host of its own (the same server under
 * another name) isolates package scripts from the tool's pages, as browsers then see two origins.
 */
@ApplicationScoped
public class ContentUrls {

  @Inject
  @ConfigProperty(name = "awarehouse.public-url")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "awarehouse.content-url")
  Optional<String> contentUrl;

  /** The content origin without a trailing slash, such as {@code https://content.example.org}. */
  public String origin() {
    return contentUrl.filter(u -> !u.isBlank()).orElse(publicUrl).replaceFirst("/+$", "");
  }

  /** The URL of a file of a version: each path segment percent-encoded, the query as written. */
  public String file(String contentKey, String path, String query) {
    String encoded = Arrays.stream(path.split("/", -1))
        .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
        .collect(Collectors.joining("/"));
    return origin() + "/content/" + contentKey + "/" + encoded + (query == null || query.isEmpty() ? "" : "?" + query);
  }

  /** The runtime adapter page, which hosts the SCORM API for the content frame. */
  public String adapter() {
    return origin() + "/runtime/adapter.html";
  }
}
