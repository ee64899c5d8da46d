# The site as an nginx image: the build, and the configuration deploy/nginx generates from it.
#   docker build -t parallel-reader . && docker run --rm -p 8080:8080 parallel-reader
# Debian's nginx rather than the nginx:stable image: that image has no brotli_static module, so
# the .br files beside every page would never be sent. This is the nginx `npm run test:nginx` tests.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
	&& npx tsx scripts/serve-nginx-config.ts --out /app/deploy/generated \
		--root /srv/parallel-reader --listen 8080

FROM debian:bookworm-slim
RUN apt-get update \
	&& DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
		nginx libnginx-mod-http-brotli-static \
	&& rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled/default \
	&& ln -sf /dev/stdout /var/log/nginx/access.log \
	&& ln -sf /dev/stderr /var/log/nginx/error.log
COPY --from=build /app/build /srv/parallel-reader
COPY --from=build /app/deploy/generated/site.conf /etc/nginx/conf.d/parallel-reader.conf
EXPOSE 8080
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
