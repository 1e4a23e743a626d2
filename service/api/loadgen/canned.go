package loadgen

import (
	"context"
	"errors"
	"io"

	"google.golang.org/grpc"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
)

// Canned is a ClassifierService that answers every call with the same
// response and does no work: served on a plain gRPC server, it is the
// ceiling the transport and protobuf set for a real server returning the
// same bytes. Measured in the same run as Hotline, the ratio of the two
// rates shows Hotline's own overhead independently of how busy the
// machine is.
type Canned struct {
	hotlinev1.UnimplementedClassifierServiceServer
	// Response is returned for every request.
	Response *hotlinev1.ClassifyResponse
}

// Classify returns the canned response.
func (c *Canned) Classify(context.Context, *hotlinev1.ClassifyRequest) (*hotlinev1.ClassifyResponse, error) {
	return c.Response, nil
}

// ClassifyStream answers each message with the canned response under the
// message's id, in order.
func (c *Canned) ClassifyStream(stream grpc.BidiStreamingServer[hotlinev1.ClassifyStreamRequest, hotlinev1.ClassifyStreamResponse]) error {
	for {
		req, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		resp := &hotlinev1.ClassifyStreamResponse{Id: req.GetId(),
			Outcome: &hotlinev1.ClassifyStreamResponse_Result{Result: c.Response}}
		if err := stream.Send(resp); err != nil {
			return err
		}
	}
}

// ClassifyBatchStream answers each batch with the canned response under
// each message's id, in order.
func (c *Canned) ClassifyBatchStream(stream grpc.BidiStreamingServer[hotlinev1.ClassifyBatchStreamRequest, hotlinev1.ClassifyBatchStreamResponse]) error {
	for {
		req, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		msgs := req.GetMessages()
		resp := &hotlinev1.ClassifyBatchStreamResponse{Results: make([]*hotlinev1.ClassifyStreamResponse, len(msgs))}
		for i, m := range msgs {
			resp.Results[i] = &hotlinev1.ClassifyStreamResponse{Id: m.GetId(),
				Outcome: &hotlinev1.ClassifyStreamResponse_Result{Result: c.Response}}
		}
		if err := stream.Send(resp); err != nil {
			return err
		}
	}
}
