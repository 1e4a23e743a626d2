package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/descriptorpb"
	"google.golang.org/protobuf/types/pluginpb"
)

func file(name, goPackage string) *descriptorpb.FileDescriptorProto {
	f := &descriptorpb.FileDescriptorProto{Name: proto.String(name), Package: proto.String("x.v1")}
	if goPackage != "" {
		f.Options = &descriptorpb.FileOptions{GoPackage: proto.String(goPackage)}
	}
	return f
}

func TestGenerateRoundTrips(t *testing.T) {
	a := file("x/v1/a.proto", "example.com/api/x/v1;xv1")
	b := file("x/v1/b.proto", "example.com/api/x/v1;xv1")
	b.Dependency = []string{"x/v1/a.proto"}
	dep := file("other/dep.proto", "example.com/other")
	resp := generate(&pluginpb.CodeGeneratorRequest{
		FileToGenerate: []string{"x/v1/a.proto", "x/v1/b.proto"},
		ProtoFile:      []*descriptorpb.FileDescriptorProto{dep, a, b},
	})
	if resp.GetError() != "" {
		t.Fatal(resp.GetError())
	}
	if len(resp.GetFile()) != 1 || resp.GetFile()[0].GetName() != "x/v1/descriptors.pb.go" {
		t.Fatalf("files = %v, want one x/v1/descriptors.pb.go", resp.GetFile())
	}
	src := resp.GetFile()[0].GetContent()
	f, err := parser.ParseFile(token.NewFileSet(), "descriptors.pb.go", src, 0)
	if err != nil {
		t.Fatalf("generated code does not parse: %v\n%s", err, src)
	}
	if f.Name.Name != "xv1" {
		t.Errorf("package %s, want xv1", f.Name.Name)
	}

	// Decode the constant back and compare with the input files.
	var data strings.Builder
	ast.Inspect(f, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			data.WriteString(s)
		}
		return true
	})
	var set descriptorpb.FileDescriptorSet
	if err := proto.Unmarshal([]byte(data.String()), &set); err != nil {
		t.Fatal(err)
	}
	if !proto.Equal(&set, &descriptorpb.FileDescriptorSet{File: []*descriptorpb.FileDescriptorProto{a, b}}) {
		t.Errorf("decoded set differs from the files to generate:\n%v", &set)
	}
}

func TestGenerateErrors(t *testing.T) {
	tests := []struct {
		name  string
		files []*descriptorpb.FileDescriptorProto
		want  string
	}{
		{"no go_package", []*descriptorpb.FileDescriptorProto{file("x/v1/a.proto", "")}, "has no go_package"},
		{"two packages", []*descriptorpb.FileDescriptorProto{
			file("x/v1/a.proto", "example.com/x/v1;xv1"),
			file("x/v1/b.proto", "example.com/x/v1;other"),
		}, "name Go packages xv1 and other"},
	}
	for _, tt := range tests {
		req := &pluginpb.CodeGeneratorRequest{ProtoFile: tt.files}
		for _, f := range tt.files {
			req.FileToGenerate = append(req.FileToGenerate, f.GetName())
		}
		if got := generate(req).GetError(); !strings.Contains(got, tt.want) {
			t.Errorf("%s: error %q, want it to mention %q", tt.name, got, tt.want)
		}
	}
}
