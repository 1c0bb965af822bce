package com.infusionbilling.web;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last-resort error page as a problem document: a request Tomcat refuses before the
 * application sees it (an encoded slash {@code %2F} or a control character in the path, a malformed
 * request line) was answered with Tomcat's HTML page, which also named the server and its version.
 * The application's own errors never come here (Spring's error page answers them).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  public ProblemErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String title = known != null ? known.getReasonPhrase() : "Error";
    String detail =
        status == 400
            ? "The request was refused before the application read it: its request line or path"
                + " is not valid here (an encoded slash %2F, a backslash or a control character in"
                + " the path, or a malformed request line)."
            : title;
    try {
      response.resetBuffer();
      ProblemJson.write(response, status, title, detail);
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // the client went away or the response is committed: nothing more to say
    }
  }
}
