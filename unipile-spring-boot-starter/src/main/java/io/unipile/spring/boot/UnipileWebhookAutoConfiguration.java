package io.unipile.spring.boot;

import io.unipile.webhooks.WebhookEvents;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Serves {@link UnipileWebhookController} in servlet web applications (Spring MVC) when
 * {@code unipile.webhooks.enabled=true}; {@code unipile.webhooks.secret} is then required.
 */
@AutoConfiguration(after = UnipileAutoConfiguration.class)
@ConditionalOnClass({WebhookEvents.class, DispatcherServlet.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "unipile.webhooks", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(UnipileProperties.class)
public class UnipileWebhookAutoConfiguration {

    /** The endpoint. */
    @Bean
    @ConditionalOnMissingBean
    public UnipileWebhookController unipileWebhookController(ApplicationEventPublisher publisher,
                                                             UnipileProperties properties) {
        return new UnipileWebhookController(publisher, properties.getWebhooks());
    }
}
