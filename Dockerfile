# Merit Ledger: build the WAR, run it on the official Payara Micro 6 image.
#   docker build -t merit-ledger .
#   docker run -p 8080:8080 -v merit-data:/opt/payara/data -e MERIT_DEMO=true merit-ledger
# Configuration is by environment variables (docs/configuration.md), e.g. for PostgreSQL:
#   -e MERIT_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource
#   -e MERIT_DB_URL=jdbc:postgresql://db:5432/merit -e MERIT_DB_USER=merit -e MERIT_DB_PASSWORD=...
#   -e MERIT_ADMIN_USERNAME=admin -e MERIT_ADMIN_PASSWORD=...
#   -e MERIT_LEDGER_KEYSTORE_PASSWORD=...   (required unless MERIT_DEMO=true)

FROM maven:3.9-eclipse-temurin-17 AS build
# Node for the Vaadin frontend build step (Vaadin would otherwise download its own)
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline -DexcludeArtifactIds=payara-micro || true
COPY src ./src
COPY db-migrations ./db-migrations
COPY webapp-theme ./webapp-theme
RUN mvn -B package -DskipTests

FROM payara/micro:6.2025.10-jdk17
USER root
RUN mkdir -p /opt/payara/data && chown -R payara:payara /opt/payara/data
USER payara
# The embedded H2 database and the ledger's keystore (keys/ledger.p12) live here: keep it on a volume.
ENV MERIT_DATA_DIR=/opt/payara/data \
    MERIT_DB_URL=jdbc:h2:file:/opt/payara/data/db/merit
VOLUME /opt/payara/data
# ROOT.war is served at "/"
COPY --from=build /src/target/merit-ledger.war /opt/payara/deployments/ROOT.war
EXPOSE 8080
# Probes for an orchestrator: GET /health/live and GET /health/ready (the image ships no curl/wget).
CMD ["--deploymentDir", "/opt/payara/deployments", "--nocluster"]
