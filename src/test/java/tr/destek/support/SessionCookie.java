package tr.destek.support;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MvcResult;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC) and are found by their cookie, also
 * under MockMvc: a test that follows a redirect with its flash attributes (or stays
 * signed in) sends the cookie of the previous answer, as a browser does. MockMvc's own
 * {@code .session(...)} and {@code .flashAttr(...)} fill a mock session that Spring
 * Session never reads.
 */
public final class SessionCookie {

	public static final String NAME = "SESSION";

	private SessionCookie() {
	}

	/** The session cookie the answer set; fails if it set none. */
	public static Cookie of(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie(NAME);
		if (cookie == null) {
			throw new AssertionError("the answer set no " + NAME + " cookie");
		}
		return cookie;
	}

}
