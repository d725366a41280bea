# One service of a region (a subgraph or the gateway), compiled with tsc. From the repository root:
#   docker build -f docker/service.Dockerfile --build-arg APP=evidence -t laa/evidence .
# APP: partners | evidence | agreements | signoff | gateway
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN bash tools/scripts/build-services.sh

FROM node:20-bookworm-slim
ARG APP
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /src/dist/out-tsc ./dist
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 APP_MAIN=dist/apps/${APP}/src/main.js
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4000/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["sh", "-c", "exec node \"$APP_MAIN\""]
