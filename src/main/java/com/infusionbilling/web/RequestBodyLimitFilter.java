package com.infusionbilling.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body under {@code /api/**} larger than its limit: {@code
 * web.api-limits.max-body} for JSON, {@code web.uploads.max-size} for other raw bodies (an X12 file
 * to validate). At once with 413 problem+json when its declared length is larger, and while it is
 * read (the request stops there) when it is sent chunked. Multipart uploads are bounded by {@code
 * spring.servlet.multipart.*} and {@link UploadGuard} instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestBodyLimitFilter extends OncePerRequestFilter {
  private final ApiLimits limits;
  private final UploadGuard.Limits uploads;

  public RequestBodyLimitFilter(ApiLimits limits, UploadGuard.Limits uploads) {
    this.limits = limits;
    this.uploads = uploads;
  }

  /** A body read past its limit. */
  public static final class BodyTooLargeException extends IOException {
    BodyTooLargeException(long limit, String setting) {
      super("larger than the limit of " + limit + " bytes (" + setting + ")");
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        || (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/"));
  }

  private static boolean json(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean json = json(request);
    long limit = json ? limits.maxBody().toBytes() : uploads.maxSize().toBytes();
    String setting = json ? "web.api-limits.max-body" : "web.uploads.max-size";
    if (request.getContentLengthLong() > limit) {
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "{\"type\":\"urn:infusion-billing:problem:body-too-large\",\"title\":\"Request body"
                  + " too large\",\"status\":413,\"detail\":\"body: "
                  + new BodyTooLargeException(limit, setting).getMessage()
                  + "\",\"field\":\"body\"}");
      return;
    }
    chain.doFilter(new Bounded(request, limit, setting), response);
  }

  private static final class Bounded extends HttpServletRequestWrapper {
    private final long limit;
    private final String setting;
    private ServletInputStream stream;

    Bounded(HttpServletRequest request, long limit, String setting) {
      super(request);
      this.limit = limit;
      this.setting = setting;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream =
            new ServletInputStream() {
              long read;

              private int count(int n) throws BodyTooLargeException {
                if (n > 0) {
                  read += n;
                  if (read > limit) {
                    throw new BodyTooLargeException(limit, setting);
                  }
                }
                return n;
              }

              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                  count(1);
                }
                return b;
              }

              @Override
              public int read(byte[] b, int off, int len) throws IOException {
                return count(in.read(b, off, len));
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }
}
