using Microsoft.Extensions.Time.Testing;
using Spotify.Media.Signing;

namespace Spotify.Media.Tests.Signing;

/// <summary>A signer and a validator sharing one secret and one fake clock.</summary>
internal sealed class SigningSetup
{
    public const string Secret = "k3y-0f-the-edge_and-the.gateway~42+/=";
    public const string UserId = "1dQ4gTEx5GStoEg9vj0Qdz";
    public const string TrackId = "4uLU6hMCjMI75M1A2tKUQC";
    public const string Version = "v3";
    public const string SegmentBlob = $"tracks/{TrackId}/{Version}/hls/64/seg_00001.m4s";

    public static readonly DateTimeOffset Start = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public MediaSigningOptions Options { get; } = new() { Secret = Secret };

    public MediaUrlSigner Signer => new(Options, Clock);

    public MediaUrlValidator Validator => new(Options, Clock);
}
