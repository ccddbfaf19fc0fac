package tr.destek.identity;

import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches a request that no controller answers at any method (issue 10, point 10): a
 * signed-in user on such a URL is let through to the dispatcher, which answers the 404
 * page, instead of the 403 of deny-by-default. A path a controller answers (at any
 * method) keeps its role rules. The lookup runs on a copy of the request's attributes, so
 * it leaves nothing behind for the dispatcher.
 */
final class UnmappedPaths implements RequestMatcher {

	private final ListableBeanFactory beans;

	private volatile Collection<RequestMappingInfoHandlerMapping> mappings;

	UnmappedPaths(ListableBeanFactory beans) {
		this.beans = beans;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		Sandbox sandbox = new Sandbox(request);
		try {
			ServletRequestPathUtils.parseAndCache(sandbox);
			for (RequestMappingInfoHandlerMapping mapping : mappings()) {
				if (mapping.getHandler(sandbox) != null) {
					return false;
				}
			}
			return true;
		}
		catch (Exception ex) {
			// a wrong method or media type: the path exists, its role rules decide
			return false;
		}
	}

	private Collection<RequestMappingInfoHandlerMapping> mappings() {
		Collection<RequestMappingInfoHandlerMapping> found = this.mappings;
		if (found == null) {
			found = this.beans.getBeansOfType(RequestMappingInfoHandlerMapping.class).values();
			this.mappings = found;
		}
		return found;
	}

	/** The request with attributes written to a private layer. */
	private static final class Sandbox extends HttpServletRequestWrapper {

		private final Map<String, Object> written = new HashMap<>();

		private final Set<String> removed = new HashSet<>();

		Sandbox(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			if (this.written.containsKey(name)) {
				return this.written.get(name);
			}
			return this.removed.contains(name) ? null : super.getAttribute(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			Set<String> names = new HashSet<>(java.util.Collections.list(super.getAttributeNames()));
			names.removeAll(this.removed);
			names.addAll(this.written.keySet());
			return java.util.Collections.enumeration(names);
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.removed.remove(name);
			this.written.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.written.remove(name);
			this.removed.add(name);
		}

	}

}
