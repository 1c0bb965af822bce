# Image of the application for docker-compose.yml (a real Camunda 8 cluster and MySQL).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --home /app billing && mkdir -p /app/data && chown billing /app/data
COPY --from=build /src/target/infusion-billing-workflows-*.jar /app/app.jar
USER billing
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
