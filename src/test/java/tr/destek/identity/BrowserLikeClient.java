package tr.destek.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser over real HTTP against the test server: keeps its cookies (the session
 * cookie, whatever its name), reads the CSRF token from the login page, follows no
 * redirects, and can present itself as coming through a TLS proxy from a client address
 * ({@code X-Forwarded-For}, {@code X-Forwarded-Proto}).
 */
final class BrowserLikeClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final String clientAddress;

	private final HttpClient http;

	BrowserLikeClient(int port, String clientAddress) {
		this.base = "http://localhost:" + port;
		this.clientAddress = clientAddress;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path).GET();
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Opens the login page (for the CSRF token), then posts the form; no redirect
	 * followed.
	 */
	HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
		String token = csrfTokenOf("/login");
		return postForm("/login", token, email, password);
	}

	String csrfTokenOf(String path) throws IOException, InterruptedException {
		HttpResponse<String> page = get(path);
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException(path + " has no CSRF token: " + page.statusCode());
		}
		return matcher.group(1);
	}

	HttpResponse<String> postForm(String path, String csrfToken, String email, String password)
			throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", csrfToken);
		form.put("email", email);
		form.put("password", password);
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts a form with its CSRF token (taken from {@code csrfPage}); no redirect
	 * followed.
	 */
	HttpResponse<String> post(String csrfPage, String path, String... fields) throws IOException, InterruptedException {
		String token = csrfTokenOf(csrfPage);
		StringBuilder body = new StringBuilder("_csrf=").append(URLEncoder.encode(token, StandardCharsets.UTF_8));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&')
				.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		HttpRequest request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Where a redirect points, without scheme and host; the status for anything else. */
	static String answer(HttpResponse<String> response) {
		if (response.statusCode() / 100 != 3) {
			return String.valueOf(response.statusCode());
		}
		String location = response.headers().firstValue("Location").orElse("");
		return location.replaceFirst("^https?://[^/]+", "");
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60));
		if (this.clientAddress != null) {
			builder.header("X-Forwarded-For", this.clientAddress);
		}
		return builder;
	}

}
