package k8s

import (
	"bufio"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
)

// installObjects reads the objects an operator creates before applying an
// overlay from the `kubectl create secret|configmap` commands in the
// overlay's kustomization.yaml, so the documented steps are what the test
// starts the pod with. Placeholders become sample values: '…' a dummy
// secret, "$(openssl rand -hex 32)" random hex, and --from-file=tokens a
// tokens file.
func installObjects(t *testing.T, dir string) map[string]map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "kustomization.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	create := regexp.MustCompile(`kubectl -n hotline create (?:secret generic|configmap) ([a-z0-9-]+)`)
	literal := regexp.MustCompile(`--from-literal=([a-z0-9-]+)=(.*?)\s*\\?$`)
	file := regexp.MustCompile(`--from-file=([a-z0-9-]+)`)
	kind := regexp.MustCompile(`create (secret|configmap)`)
	objs := map[string]map[string]string{}
	var cur string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimPrefix(strings.TrimSpace(sc.Text()), "#")
		if m := create.FindStringSubmatch(line); m != nil {
			cur = kind.FindStringSubmatch(line)[1] + "/" + m[1]
			objs[cur] = map[string]string{}
		}
		if cur == "" {
			continue
		}
		if m := literal.FindStringSubmatch(line); m != nil {
			v := strings.Trim(m[2], `'"`)
			switch {
			case v == "…" || strings.Contains(v, "…"):
				v = strings.ReplaceAll(v, "…", "sample-secret")
			case strings.Contains(v, "$(openssl rand -hex 32)"):
				v = randomHex(t)
			}
			objs[cur][m[1]] = v
		}
		if m := file.FindStringSubmatch(line); m != nil && m[1] == "tokens" {
			objs[cur][m[1]] = "read:" + randomHex(t) + "\nadmin:" + randomHex(t) + "\n"
		}
		if !strings.HasSuffix(strings.TrimSpace(line), `\`) && !create.MatchString(line) {
			cur = ""
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(objs) == 0 {
		t.Fatalf("%s/kustomization.yaml documents no kubectl create commands", dir)
	}
	return objs
}

func randomHex(t *testing.T) string {
	t.Helper()
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b[:])
}

// pod is an overlay's rendered workload with what it needs to run.
type pod struct {
	spec       *corev1.PodSpec
	claims     []string // volumeClaimTemplates
	configMaps map[string]map[string]string
	policies   []*networkingv1.NetworkPolicy
}

func renderPod(t *testing.T, dir string) pod {
	t.Helper()
	dec := decoder(t)
	p := pod{configMaps: map[string]map[string]string{}}
	for _, doc := range render(t, dir) {
		obj, _, err := dec.Decode(doc, nil, nil)
		if err != nil {
			t.Fatalf("decode: %v", err)
		}
		switch o := obj.(type) {
		case *appsv1.StatefulSet:
			p.spec = &o.Spec.Template.Spec
			for _, c := range o.Spec.VolumeClaimTemplates {
				p.claims = append(p.claims, c.Name)
			}
		case *appsv1.Deployment:
			p.spec = &o.Spec.Template.Spec
		case *corev1.ConfigMap:
			p.configMaps[o.Name] = o.Data
		case *networkingv1.NetworkPolicy:
			p.policies = append(p.policies, o)
		}
	}
	if p.spec == nil {
		t.Fatalf("%s renders no workload", dir)
	}
	return p
}

// startup is the hotline container as the kubelet would start it: args with
// $(VAR) expanded, the environment, and every mount as a directory here.
type startup struct {
	args   []string
	env    map[string]string
	mounts map[string]string // mountPath -> local directory
}

var varRef = regexp.MustCompile(`\$\(([A-Za-z_][A-Za-z0-9_]*)\)`)

// expand replaces $(VAR) with VAR's value when it is defined and leaves it
// as it is otherwise, as Kubernetes does.
func expand(s string, env map[string]string) string {
	return varRef.ReplaceAllStringFunc(s, func(ref string) string {
		if v, ok := env[ref[2:len(ref)-1]]; ok {
			return v
		}
		return ref
	})
}

// prepare resolves the container against the install objects, reporting
// every reference the install does not satisfy.
func prepare(t testing.TB, p pod, install map[string]map[string]string) startup {
	t.Helper()
	var c *corev1.Container
	for i := range p.spec.Containers {
		if p.spec.Containers[i].Name == "hotline" {
			c = &p.spec.Containers[i]
		}
	}
	if c == nil {
		t.Fatal("no hotline container")
	}
	s := startup{env: map[string]string{}, mounts: map[string]string{}}
	lookup := func(kind, name, key string, optional *bool) (string, bool) {
		if kind == "configmap" {
			if data, ok := p.configMaps[name]; ok {
				v, ok := data[key]
				return v, ok
			}
		}
		if v, ok := install[kind+"/"+name][key]; ok {
			return v, true
		}
		if optional == nil || !*optional {
			t.Errorf("%s %s key %s is required by the pod but neither rendered nor created by the documented install steps", kind, name, key)
		}
		return "", false
	}
	for _, e := range c.Env {
		switch {
		case e.ValueFrom == nil:
			s.env[e.Name] = expand(e.Value, s.env)
		case e.ValueFrom.SecretKeyRef != nil:
			r := e.ValueFrom.SecretKeyRef
			if v, ok := lookup("secret", r.Name, r.Key, r.Optional); ok {
				s.env[e.Name] = v
			}
		case e.ValueFrom.ConfigMapKeyRef != nil:
			r := e.ValueFrom.ConfigMapKeyRef
			if v, ok := lookup("configmap", r.Name, r.Key, r.Optional); ok {
				s.env[e.Name] = v
			}
		case e.ValueFrom.FieldRef != nil && e.ValueFrom.FieldRef.FieldPath == "metadata.name":
			s.env[e.Name] = "hotline-0"
		default:
			t.Errorf("env %s: unsupported source", e.Name)
		}
	}
	volumes := map[string]string{}
	for _, v := range p.spec.Volumes {
		dir := t.TempDir()
		volumes[v.Name] = dir
		var data map[string]string
		switch {
		case v.ConfigMap != nil:
			d, ok := p.configMaps[v.ConfigMap.Name]
			if !ok {
				d, ok = install["configmap/"+v.ConfigMap.Name]
			}
			if !ok && (v.ConfigMap.Optional == nil || !*v.ConfigMap.Optional) {
				t.Errorf("volume %s: ConfigMap %s is neither rendered nor created by the install steps", v.Name, v.ConfigMap.Name)
			}
			data = d
		case v.Secret != nil:
			d, ok := install["secret/"+v.Secret.SecretName]
			if !ok && (v.Secret.Optional == nil || !*v.Secret.Optional) {
				t.Errorf("volume %s: Secret %s is not created by the install steps", v.Name, v.Secret.SecretName)
			}
			data = d
		}
		for name, body := range data {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, name := range p.claims {
		volumes[name] = t.TempDir()
	}
	for _, m := range c.VolumeMounts {
		dir, ok := volumes[m.Name]
		if !ok {
			t.Fatalf("mount %s: no volume %s", m.MountPath, m.Name)
		}
		s.mounts[m.MountPath] = dir
	}
	// Longest mount path first, so /etc/hotline-auth is not read as
	// /etc/hotline plus "-auth".
	paths := make([]string, 0, len(s.mounts))
	for mp := range s.mounts {
		paths = append(paths, mp)
	}
	sort.Slice(paths, func(i, j int) bool { return len(paths[i]) > len(paths[j]) })
	for _, a := range c.Args {
		a = expand(a, s.env)
		if name, value, ok := strings.Cut(a, "="); ok {
			for _, mp := range paths {
				if rest, ok := strings.CutPrefix(value, mp+"/"); ok {
					a = name + "=" + filepath.Join(s.mounts[mp], rest)
					break
				}
			}
		}
		s.args = append(s.args, a)
	}
	return s
}

// check runs `hotline serve --check` with the container's arguments and
// only the pod's environment.
func (s startup) check(t *testing.T, bin string) (string, error) {
	t.Helper()
	if len(s.args) == 0 || s.args[0] != "serve" {
		t.Fatalf("container args %q do not start serve", s.args)
	}
	cmd := exec.Command(bin, append([]string{"serve", "--check"}, s.args[1:]...)...)
	for k, v := range s.env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func flagValue(args []string, name string) (string, bool) {
	for _, a := range args {
		if v, ok := strings.CutPrefix(a, "--"+name+"="); ok {
			return v, true
		}
	}
	return "", false
}

// TestOverlaysStart renders each overlay, creates what its documented
// install steps create, and runs `hotline serve --check` on the container
// as the kubelet would start it: the routing file, the relay, sender and
// acknowledge URL, the secrets and every path must pass. It also checks
// what a platform team relies on: alert mail and acknowledge links
// configured, bearer tokens in the HA overlay, and no NetworkPolicy rule
// open to every pod.
func TestOverlaysStart(t *testing.T) {
	bin := hotlineBinary(t)
	for _, dir := range overlays(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			p := renderPod(t, dir)
			s := prepare(t, p, installObjects(t, dir))
			out, err := s.check(t, bin)
			if err != nil {
				t.Fatalf("serve --check %q: %v\n%s", s.args, err, out)
			}
			t.Logf("serve --check:\n%s", out)

			routes, ok := flagValue(s.args, "routing-config")
			if !ok {
				t.Fatal("no --routing-config")
			}
			if out, err := exec.Command(bin, "check-config", routes).CombinedOutput(); err != nil {
				t.Errorf("check-config on the rendered routes.yaml: %v\n%s", err, out)
			}
			for _, f := range []string{"smtp-addr", "smtp-from", "ack-url"} {
				if v, ok := flagValue(s.args, f); !ok || v == "" || strings.Contains(v, "$(") {
					t.Errorf("--%s = %q, want it set from the install's settings", f, v)
				}
			}
			if filepath.Base(dir) == "ha" {
				if _, ok := flagValue(s.args, "auth-tokens"); !ok {
					t.Error("the ha overlay must turn on bearer tokens (--auth-tokens)")
				}
			}
			if len(p.policies) == 0 {
				t.Error("no NetworkPolicy")
			}
			for _, np := range p.policies {
				for i, rule := range np.Spec.Ingress {
					if len(rule.From) == 0 {
						t.Errorf("NetworkPolicy %s ingress[%d] has no from: it admits every pod", np.Name, i)
					}
					for _, peer := range rule.From {
						if peer.PodSelector == nil && peer.NamespaceSelector == nil && peer.IPBlock == nil {
							t.Errorf("NetworkPolicy %s ingress[%d] has an empty peer", np.Name, i)
						}
						if peer.PodSelector != nil && len(peer.PodSelector.MatchLabels) == 0 && len(peer.PodSelector.MatchExpressions) == 0 {
							t.Errorf("NetworkPolicy %s ingress[%d] selects every pod", np.Name, i)
						}
					}
				}
			}
		})
	}
}

// TestOverlayCheckCanFail proves the check above fails on the mistakes it
// is there for: an invalid routing file (the schema's notify: written as
// people:), and an install that skips the settings ConfigMap.
func TestOverlayCheckCanFail(t *testing.T) {
	bin := hotlineBinary(t)
	dir := filepath.Join("overlays", "ha")

	p := renderPod(t, dir)
	for name, data := range p.configMaps {
		if routes, ok := data["routes.yaml"]; ok {
			broken := strings.ReplaceAll(routes, "notify:", "people:")
			if broken == routes {
				t.Fatal("routes.yaml has no notify: to break")
			}
			p.configMaps[name] = map[string]string{"routes.yaml": broken}
		}
	}
	out, err := prepare(t, p, installObjects(t, dir)).check(t, bin)
	if err == nil || !strings.Contains(out, "field people not found in type route.Step") {
		t.Errorf("broken routing file: err %v, output:\n%s", err, out)
	}

	install := installObjects(t, dir)
	delete(install, "configmap/hotline-settings")
	ft := &fakeT{T: t}
	s := prepare(ft, renderPod(t, dir), install)
	if !slices.ContainsFunc(ft.errors, func(e string) bool { return strings.Contains(e, "hotline-settings") }) {
		t.Errorf("a missing settings ConfigMap went unnoticed: %q", ft.errors)
	}
	out, err = s.check(t, bin)
	if err == nil || !strings.Contains(out, "--smtp-addr") {
		t.Errorf("serve --check without settings: err %v, output:\n%s", err, out)
	}
}

// fakeT records Errorf calls instead of failing, for a test that expects
// them.
type fakeT struct {
	*testing.T
	errors []string
}

func (f *fakeT) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}
