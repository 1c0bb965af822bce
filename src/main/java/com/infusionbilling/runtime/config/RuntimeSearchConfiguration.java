package com.infusionbilling.runtime.config;

import com.infusionbilling.runtime.RuntimeProperties;
import com.infusionbilling.runtime.search.DecisionSearches;
import com.infusionbilling.runtime.search.EventSearches;
import com.infusionbilling.runtime.search.IncidentSearches;
import com.infusionbilling.runtime.search.JobSearches;
import com.infusionbilling.runtime.search.ProcessDefinitionSearches;
import com.infusionbilling.runtime.search.ProcessInstanceSearches;
import com.infusionbilling.runtime.search.SearchConnections;
import com.infusionbilling.runtime.search.UserTaskSearches;
import com.infusionbilling.runtime.search.VariableSearches;
import com.infusionbilling.runtime.state.DefinitionStore;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The read side: the searches, on connections of their own, one query class per aggregate. */
@Configuration(proxyBeanMethods = false)
class RuntimeSearchConfiguration {

  /** The searches' own connections (see {@link SearchConnections}). */
  @Bean(destroyMethod = "close")
  SearchConnections searchConnections(RuntimeProperties properties) {
    HikariConfig config =
        RuntimeDatabaseConfiguration.poolConfig(
            "embedded-runtime-search",
            properties,
            SearchConnections.poolSize(properties.maxPoolSize()));
    config.setMinimumIdle(1);
    config.setConnectionTimeout(SearchConnections.ACQUIRE_TIMEOUT.toMillis());
    config.setReadOnly(true);
    return new SearchConnections(new HikariDataSource(config));
  }

  @Bean
  DecisionSearches decisionSearches(SearchConnections search) {
    return new DecisionSearches(search.jdbc());
  }

  @Bean
  UserTaskSearches userTaskSearches(SearchConnections search, DefinitionStore definitions) {
    return new UserTaskSearches(search.jdbc(), definitions);
  }

  @Bean
  EventSearches eventSearches(SearchConnections search) {
    return new EventSearches(search.jdbc());
  }

  @Bean
  ProcessInstanceSearches processInstanceSearches(SearchConnections search) {
    return new ProcessInstanceSearches(search.jdbc());
  }

  @Bean
  VariableSearches variableSearches(SearchConnections search) {
    return new VariableSearches(search.jdbc());
  }

  @Bean
  IncidentSearches incidentSearches(SearchConnections search) {
    return new IncidentSearches(search.jdbc());
  }

  @Bean
  JobSearches jobSearches(SearchConnections search) {
    return new JobSearches(search.jdbc());
  }

  @Bean
  ProcessDefinitionSearches processDefinitionSearches(
      SearchConnections search, DefinitionStore definitions) {
    return new ProcessDefinitionSearches(search.jdbc(), definitions);
  }
}
