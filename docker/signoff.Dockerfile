# The signoff service of one region. Build from the repository root: docker build -f docker/signoff.Dockerfile .
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts && npm cache clean --force
COPY tsconfig.base.json ./
COPY libs ./libs
COPY apps/signoff ./apps/signoff
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 SWC_NODE_PROJECT=tsconfig.base.json
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4000/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "-r", "@swc-node/register", "apps/signoff/src/main.ts"]
