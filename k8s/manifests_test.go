// Package k8s holds the Kubernetes manifests. Its tests render every overlay
// with kustomize and decode each object strictly against the Kubernetes API
// types, so a typo in a field name fails here and not at `kubectl apply`.
package k8s

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/serializer"
	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/kyaml/filesys"
)

// binDir holds the hotline binary the tests build once; TestMain removes
// it.
var binDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "hotline-k8s-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// hotlineBinary builds cmd/hotline on first use.
func hotlineBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(binDir, "hotline")
	if _, err := os.Stat(bin); err == nil {
		return bin
	}
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/hotline").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// render runs kustomize on dir and returns each object as YAML.
func render(t *testing.T, dir string) [][]byte {
	t.Helper()
	k := krusty.MakeKustomizer(krusty.MakeDefaultOptions())
	resMap, err := k.Run(filesys.MakeFsOnDisk(), dir)
	if err != nil {
		t.Fatalf("kustomize build %s: %v", dir, err)
	}
	var docs [][]byte
	for _, r := range resMap.Resources() {
		y, err := r.AsYAML()
		if err != nil {
			t.Fatalf("render %s: %v", r.CurId(), err)
		}
		docs = append(docs, y)
	}
	return docs
}

func decoder(t *testing.T) runtime.Decoder {
	t.Helper()
	scheme := runtime.NewScheme()
	for _, add := range []func(*runtime.Scheme) error{
		corev1.AddToScheme, appsv1.AddToScheme, policyv1.AddToScheme,
		networkingv1.AddToScheme, autoscalingv2.AddToScheme,
	} {
		if err := add(scheme); err != nil {
			t.Fatal(err)
		}
	}
	return serializer.NewCodecFactory(scheme, serializer.EnableStrict).UniversalDeserializer()
}

func overlays(t *testing.T) []string {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join("overlays", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no overlays found: %v", err)
	}
	return dirs
}

// TestOverlaysDecodeStrictly fails on unknown fields, wrong types and
// duplicate keys in any rendered object.
func TestOverlaysDecodeStrictly(t *testing.T) {
	dec := decoder(t)
	for _, dir := range overlays(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			for _, doc := range render(t, dir) {
				obj, gvk, err := dec.Decode(doc, nil, nil)
				if err != nil {
					t.Errorf("decode:\n%s\nerror: %v", doc, err)
					continue
				}
				if ns := namespaceOf(obj); gvk.Kind != "Namespace" && ns != "hotline" {
					t.Errorf("%s has namespace %q, want hotline", gvk.Kind, ns)
				}
			}
		})
	}
}

// TestWorkloadsAreHardened checks the properties a platform team relies on:
// non-root, read-only root, no capabilities, seccomp, resources, gRPC probes,
// and selectors that match the pod labels.
func TestWorkloadsAreHardened(t *testing.T) {
	dec := decoder(t)
	for _, dir := range overlays(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			var workloads int
			for _, doc := range render(t, dir) {
				obj, _, err := dec.Decode(doc, nil, nil)
				if err != nil {
					t.Fatalf("decode: %v", err)
				}
				var tmpl *corev1.PodTemplateSpec
				var selector map[string]string
				switch o := obj.(type) {
				case *appsv1.StatefulSet:
					tmpl, selector = &o.Spec.Template, o.Spec.Selector.MatchLabels
				case *appsv1.Deployment:
					tmpl, selector = &o.Spec.Template, o.Spec.Selector.MatchLabels
				default:
					continue
				}
				workloads++
				if err := checkPod(tmpl, selector); err != nil {
					t.Error(err)
				}
			}
			if workloads != 1 {
				t.Errorf("found %d workloads, want exactly 1", workloads)
			}
		})
	}
}

func checkPod(tmpl *corev1.PodTemplateSpec, selector map[string]string) error {
	for k, v := range selector {
		if tmpl.Labels[k] != v {
			return fmt.Errorf("selector %s=%s does not match pod labels %v", k, v, tmpl.Labels)
		}
	}
	ps := tmpl.Spec.SecurityContext
	if ps == nil || ps.RunAsNonRoot == nil || !*ps.RunAsNonRoot {
		return fmt.Errorf("pod must set runAsNonRoot")
	}
	if ps.SeccompProfile == nil || ps.SeccompProfile.Type != corev1.SeccompProfileTypeRuntimeDefault {
		return fmt.Errorf("pod must use the RuntimeDefault seccomp profile")
	}
	if len(tmpl.Spec.Containers) == 0 {
		return fmt.Errorf("pod has no containers")
	}
	for _, c := range tmpl.Spec.Containers {
		sc := c.SecurityContext
		if sc == nil || sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem {
			return fmt.Errorf("container %s: readOnlyRootFilesystem must be true", c.Name)
		}
		if sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation {
			return fmt.Errorf("container %s: allowPrivilegeEscalation must be false", c.Name)
		}
		if sc.Capabilities == nil || !slices.Contains(sc.Capabilities.Drop, "ALL") {
			return fmt.Errorf("container %s: must drop ALL capabilities", c.Name)
		}
		if c.Resources.Requests.Cpu().IsZero() || c.Resources.Limits.Memory().IsZero() {
			return fmt.Errorf("container %s: needs cpu requests and memory limits", c.Name)
		}
		for name, p := range map[string]*corev1.Probe{"readiness": c.ReadinessProbe, "liveness": c.LivenessProbe} {
			if p == nil || p.GRPC == nil {
				return fmt.Errorf("container %s: %s probe must use the gRPC health service", c.Name, name)
			}
		}
	}
	return nil
}

func namespaceOf(obj runtime.Object) string {
	type namespaced interface{ GetNamespace() string }
	if n, ok := obj.(namespaced); ok {
		return n.GetNamespace()
	}
	return ""
}

// TestStrictDecodingCatchesTypos proves the check above can fail: a
// misspelled field must be rejected.
func TestStrictDecodingCatchesTypos(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("kustomization.yaml", "resources: [svc.yaml]\n")
	write("svc.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  portz: []\n")
	docs := render(t, dir)
	_, _, err := decoder(t).Decode(docs[0], nil, nil)
	if err == nil || !bytes.Contains([]byte(err.Error()), []byte("portz")) {
		t.Fatalf("decode of a misspelled field: err = %v, want an unknown field error", err)
	}
}

// TestContainerArgsAreRealFlags runs the hotline binary's --help for the
// subcommand each container starts and checks every --flag in the args
// exists, and that every HOTLINE_* variable set in the pod is one the
// binary reads or one the args expand, so a renamed flag or variable fails
// here and not in a crash-looping pod.
func TestContainerArgsAreRealFlags(t *testing.T) {
	bin := hotlineBinary(t)
	helpFlag := regexp.MustCompile(`(?m)^  -([a-z0-9-]+)`)
	helpEnv := regexp.MustCompile(`\$(HOTLINE_[A-Z0-9_]+)`)
	help := map[string]string{}
	usage := func(sub string) string {
		if h, ok := help[sub]; ok {
			return h
		}
		// --help exits 0 on every subcommand and prints to stderr.
		out, err := exec.Command(bin, sub, "--help").CombinedOutput()
		if err != nil {
			t.Fatalf("hotline %s --help: %v\n%s", sub, err, out)
		}
		help[sub] = string(out)
		return string(out)
	}
	dec := decoder(t)
	for _, dir := range overlays(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			for _, doc := range render(t, dir) {
				obj, _, err := dec.Decode(doc, nil, nil)
				if err != nil {
					t.Fatalf("decode: %v", err)
				}
				var spec *corev1.PodSpec
				switch o := obj.(type) {
				case *appsv1.StatefulSet:
					spec = &o.Spec.Template.Spec
				case *appsv1.Deployment:
					spec = &o.Spec.Template.Spec
				default:
					continue
				}
				for _, c := range spec.Containers {
					if len(c.Args) == 0 || strings.HasPrefix(c.Args[0], "-") {
						t.Fatalf("container %s: args %q do not start with a subcommand", c.Name, c.Args)
					}
					text := usage(c.Args[0])
					flags := map[string]bool{}
					for _, m := range helpFlag.FindAllStringSubmatch(text, -1) {
						flags[m[1]] = true
					}
					if len(flags) < 5 {
						t.Fatalf("hotline %s --help lists only %d flags:\n%s", c.Args[0], len(flags), text)
					}
					read := map[string]bool{}
					for _, m := range helpEnv.FindAllStringSubmatch(text, -1) {
						read[m[1]] = true
					}
					argText := strings.Join(c.Args, " ")
					for _, a := range c.Args[1:] {
						name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
						if !strings.HasPrefix(a, "-") || !flags[name] {
							t.Errorf("container %s: %q is not a flag of hotline %s", c.Name, a, c.Args[0])
						}
					}
					for _, e := range c.Env {
						if !strings.HasPrefix(e.Name, "HOTLINE_") {
							continue
						}
						if !read[e.Name] && !strings.Contains(argText, "$("+e.Name+")") {
							t.Errorf("container %s: env %s is neither read by hotline %s nor used in its args", c.Name, e.Name, c.Args[0])
						}
					}
				}
			}
		})
	}
}
