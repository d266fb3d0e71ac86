package dev.tradedesk.bootstrap;

import dev.tradedesk.adapter.rest.common.ProblemCodes;
import dev.tradedesk.adapter.rest.common.ProblemWriter;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet container's error page ({@code /error}) as a problem detail, for errors raised outside
 * Spring MVC (a filter, the container itself). Replaces Boot's default JSON error body and never shows
 * the exception.
 */
@org.springframework.stereotype.Controller
class ProblemErrorController implements ErrorController {

    private final ProblemWriter problems;

    ProblemErrorController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        response.reset();
        problems.write(response, dev.tradedesk.adapter.rest.common.ProblemResponse.of(status,
                ProblemWriter.titleOf(status), ProblemCodes.codeOf(status), ProblemWriter.titleOf(status),
                uri == null ? null : uri.toString(), null));
    }
}
