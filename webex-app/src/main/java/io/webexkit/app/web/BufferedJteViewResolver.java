package io.webexkit.app.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.view.AbstractTemplateView;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Renders a page into memory, then writes it in one piece with its {@code Content-Length}. The stock view writes each
 * fragment of the page through the response wrappers of Spring Security and Spring Session, which look at the
 * response on every write; pages are small, so buffering them costs little. A template that fails half-way also
 * leaves nothing written, so the error page can still be sent.
 */
class BufferedJteViewResolver extends JteViewResolver {

	private final TemplateEngine templates;

	BufferedJteViewResolver(TemplateEngine templates, JteProperties properties) {
		super(templates, properties);
		this.templates = templates;
		setViewClass(BufferedJteView.class);
	}

	@Override
	protected AbstractUrlBasedView instantiateView() {
		return new BufferedJteView(this.templates);
	}

	@Override
	protected Class<?> requiredViewClass() {
		// the super constructor sets its own view class first
		return AbstractTemplateView.class;
	}

	static class BufferedJteView extends AbstractTemplateView {

		private final TemplateEngine templates;

		BufferedJteView(TemplateEngine templates) {
			this.templates = templates;
		}

		@Override
		public boolean checkResource(Locale locale) {
			String url = getUrl();
			return url != null && this.templates.hasTemplate(url);
		}

		@Override
		protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
				HttpServletResponse response) throws Exception {
			Utf8ByteOutput output = new Utf8ByteOutput();
			this.templates.render(getUrl(), model, output);
			byte[] body = output.toByteArray();
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}

	}

}
