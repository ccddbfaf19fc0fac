package tr.destek.identity;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security issue #9, finding E: behind a TLS proxy the app saw plain HTTP, so it sent
 * neither Strict-Transport-Security nor Secure cookies. With the forwarded headers of a
 * trusted (local) proxy, an HTTPS client now gets both; a plain HTTP request gets no HSTS
 * (RFC 6797 §7.2). Real HTTP through Tomcat, where the forwarded headers are read.
 */
@IntegrationTest
class TlsProxyHeadersTests {

	@LocalServerPort
	int port;

	@Test
	void anHttpsClientBehindTheProxyGetsHstsAndASecureSessionCookie() throws Exception {
		BrowserLikeClient browser = new BrowserLikeClient(this.port, "198.51.100.7");
		HttpResponse<String> page = browser.get("/login", "X-Forwarded-Proto", "https");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
		assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
	}

	@Test
	void aPlainHttpRequestGetsNoHsts() throws Exception {
		BrowserLikeClient browser = new BrowserLikeClient(this.port, null);
		HttpResponse<String> page = browser.get("/login");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
