package tr.destek.reliability;

import java.io.ByteArrayOutputStream;
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
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser in front of several application instances, as behind a load balancer: one
 * cookie jar for {@code localhost} whatever the port, so the session cookie set by one
 * node goes to every node. Follows no redirects; comes from its own client address
 * ({@code X-Forwarded-For}) so sign-in throttling of other tests never meets it.
 */
final class NodeBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String address = "10.49." + ThreadLocalRandom.current().nextInt(0, 255) + "."
			+ ThreadLocalRandom.current().nextInt(1, 255);

	HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return this.http.send(request(port, path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<byte[]> download(int port, String path) throws IOException, InterruptedException {
		return this.http.send(request(port, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The login form of that node: its CSRF token first, then e-mail and password. */
	HttpResponse<String> signIn(int port, String email, String password) throws IOException, InterruptedException {
		String token = csrfToken(port, "/login");
		String body = "_csrf=" + encode(token) + "&email=" + encode(email) + "&password=" + encode(password);
		return this.http.send(request(port, "/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	String csrfToken(int port, String path) throws IOException, InterruptedException {
		HttpResponse<String> page = get(port, path);
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException(path + " on port " + port + " has no CSRF token: " + page.statusCode());
		}
		return matcher.group(1);
	}

	/** A multipart form with one file, as a browser's upload form sends it. */
	HttpResponse<String> upload(int port, String path, String csrfToken, String field, String value, String fileField,
			String filename, String contentType, byte[] content) throws IOException, InterruptedException {
		String boundary = "----destek" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		part(body, boundary, "_csrf", null, null, csrfToken.getBytes(StandardCharsets.UTF_8));
		part(body, boundary, field, null, null, value.getBytes(StandardCharsets.UTF_8));
		part(body, boundary, fileField, filename, contentType, content);
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(request(port, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Where a redirect points, without scheme and host; the status for anything else. */
	static String answer(HttpResponse<?> response) {
		if (response.statusCode() / 100 != 3) {
			return String.valueOf(response.statusCode());
		}
		return response.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
	}

	private static void part(ByteArrayOutputStream body, String boundary, String name, String filename,
			String contentType, byte[] content) throws IOException {
		StringBuilder head = new StringBuilder("--").append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append('"');
		if (filename != null) {
			head.append("; filename=\"").append(filename).append('"');
		}
		head.append("\r\n");
		if (contentType != null) {
			head.append("Content-Type: ").append(contentType).append("\r\n");
		}
		head.append("\r\n");
		body.write(head.toString().getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write("\r\n".getBytes(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(int port, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.header("X-Forwarded-For", this.address);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
