# The screens (web/: the applicant portal at /, the 管理端 at /admin/) built and served by nginx,
# which also passes /api/<service>/… to the four services: one origin, as deploy/gateway.py gives
# it under `make run`. Compose mounts deploy/nginx.conf and deploy/proxy_params.conf.
FROM node:22-slim AS build
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY web/ ./
RUN npm run build

FROM nginx:1.27-alpine
RUN rm /etc/nginx/conf.d/default.conf
COPY --from=build /web/dist /usr/share/nginx/html
EXPOSE 8080
