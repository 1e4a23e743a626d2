# syntax=docker/dockerfile:1
# Builds a static hotline binary and ships it alone in a distroless image
# that runs as a non-root user.
#
#   docker build --build-arg VERSION=$(git describe --tags --always) -t hotline .

FROM golang:1.26-bookworm AS build
WORKDIR /src
# GOPROXY can point at a private mirror when the default proxy is not
# reachable from the build machine.
ARG GOPROXY=https://proxy.golang.org,direct
ENV GOPROXY=${GOPROXY} CGO_ENABLED=0 GOFLAGS=-trimpath
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN go build -ldflags "-s -w -X main.version=${VERSION}" -o /out/hotline ./cmd/hotline

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/hotline /usr/local/bin/hotline
USER 65532:65532
EXPOSE 50051 9090
ENTRYPOINT ["/usr/local/bin/hotline"]
CMD ["serve", "--listen=0.0.0.0:50051", "--metrics-listen=0.0.0.0:9090"]
