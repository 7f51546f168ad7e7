# The site as it is deployed: `docker build -t docker-notes .` then `docker run -p 8080:80 docker-notes`
# and open http://localhost:8080/. The node stage builds dist/; the nginx stage serves it with the same
# deploy/nginx.conf that `npm run serve:nginx` and the tests use.

FROM node:24-bookworm-slim AS build
WORKDIR /site
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# nginx.org's image has no brotli module: it sends the .gz copies, so the .br ones are not shipped.
RUN npm run build && find dist -name '*.br' -delete

FROM nginx:stable
# scripts/lib/nginx.ts runs local servers and tests with this image's worker settings (WORKER_SETTINGS): the
# image build stops here if a new nginx:stable changes them, so the two cannot drift apart unnoticed.
RUN grep -Eq '^worker_processes +auto;' /etc/nginx/nginx.conf && grep -Eq '^ +worker_connections +1024;' /etc/nginx/nginx.conf
# The official image fills ${...} in /etc/nginx/templates/*.template from the environment at start and
# writes the result to /etc/nginx/conf.d/, which its nginx.conf includes in `http`.
ENV NGINX_LISTEN=80 SITE_ROOT=/usr/share/nginx/html
COPY deploy/nginx.conf /etc/nginx/templates/default.conf.template
RUN rm -rf /usr/share/nginx/html/*
COPY --from=build /site/dist/ /usr/share/nginx/html/
EXPOSE 80
