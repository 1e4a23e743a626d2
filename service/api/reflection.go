package api

import (
	"fmt"

	"google.golang.org/grpc"
	"google.golang.org/grpc/reflection"
	reflectionv1 "google.golang.org/grpc/reflection/grpc_reflection_v1"
	reflectionv1alpha "google.golang.org/grpc/reflection/grpc_reflection_v1alpha"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protodesc"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
	"google.golang.org/protobuf/types/descriptorpb"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
)

// registerReflection registers the reflection service (v1, and v1alpha
// for older clients) serving the Hotline API's descriptors with their
// comments, so that grpcurl describe shows the documentation.
func registerReflection(g *grpc.Server) error {
	files, err := documentedFiles(hotlinev1.SourceDescriptorSet())
	if err != nil {
		return err
	}
	opts := reflection.ServerOptions{
		Services:           g,
		DescriptorResolver: layeredFiles{files, protoregistry.GlobalFiles},
	}
	reflectionv1.RegisterServerReflectionServer(g, reflection.NewServerV1(opts))
	reflectionv1alpha.RegisterServerReflectionServer(g, reflection.NewServer(opts))
	return nil
}

// documentedFiles builds a registry from a serialized FileDescriptorSet in
// dependency order; imports outside the set come from the global registry.
func documentedFiles(serialized []byte) (*protoregistry.Files, error) {
	var set descriptorpb.FileDescriptorSet
	if err := proto.Unmarshal(serialized, &set); err != nil {
		return nil, fmt.Errorf("read API descriptors: %w", err)
	}
	files := new(protoregistry.Files)
	for _, fdp := range set.GetFile() {
		fd, err := protodesc.NewFile(fdp, layeredFiles{files, protoregistry.GlobalFiles})
		if err != nil {
			return nil, fmt.Errorf("read API descriptor %s: %w", fdp.GetName(), err)
		}
		if err := files.RegisterFile(fd); err != nil {
			return nil, fmt.Errorf("register API descriptor %s: %w", fdp.GetName(), err)
		}
	}
	return files, nil
}

// layeredFiles looks descriptors up in first, then in then.
type layeredFiles struct{ first, then *protoregistry.Files }

func (l layeredFiles) FindFileByPath(path string) (protoreflect.FileDescriptor, error) {
	if fd, err := l.first.FindFileByPath(path); err == nil {
		return fd, nil
	}
	return l.then.FindFileByPath(path)
}

func (l layeredFiles) FindDescriptorByName(name protoreflect.FullName) (protoreflect.Descriptor, error) {
	if d, err := l.first.FindDescriptorByName(name); err == nil {
		return d, nil
	}
	return l.then.FindDescriptorByName(name)
}
