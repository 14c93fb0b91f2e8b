package org.awarehouse.lti.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Calls to a platform's services, with a cap on what an answer may hold: a platform that sends a
 * page of hundreds of megabytes (by mistake or not) must not take the server's memory with it.
 */
final class ServiceCalls {
  /** Far above any real page of line items or members. */
  static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;

  /** A platform's answer, read in full within the cap. */
  record Answer(int status, HttpHeaders headers, String body) {}

  private ServiceCalls() {}

  static Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<InputStream> response = ServiceTokens.HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = response.body()) {
      byte[] body = in.readNBytes(MAX_ANSWER_BYTES + 1);
      if (body.length > MAX_ANSWER_BYTES) {
        throw new AnswerTooLargeException();
      }
      return new Answer(response.statusCode(), response.headers(), new String(body, StandardCharsets.UTF_8));
    }
  }

  /** The platform's answer passed {@link #MAX_ANSWER_BYTES}; what was read is dropped. */
  static final class AnswerTooLargeException extends IllegalArgumentException {
    AnswerTooLargeException() {
      super("The platform's answer is larger than " + MAX_ANSWER_BYTES / (1024 * 1024) + " MiB.");
    }
  }
}
