using Spotify.Media.Signing;
using Spotify.Testing;

namespace Spotify.Media.Tests.Edge;

/// <summary>nginx, configured from deploy/nginx/edge.conf.template, in front of a <see cref="StandInGateway"/>.</summary>
public sealed class EdgeFixture : IAsyncLifetime
{
    public const string Secret = "edge-test-secret_0123456789abcdefghijkl";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private StandInGateway? _gateway;
    private NginxEdge? _edge;

    public MediaSigningOptions Options { get; } = new() { Secret = Secret };

    internal StandInGateway Gateway => _gateway ?? throw new InvalidOperationException("The fixture has not started.");

    public NginxEdge Edge => _edge ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        _gateway = await StandInGateway.StartAsync(new MediaUrlValidator(Options, TimeProvider.System));
        _edge = await NginxEdge.StartAsync(Secret, [_gateway.Address], StartTimeout);
    }

    public async Task DisposeAsync()
    {
        if (_edge is not null)
        {
            await _edge.DisposeAsync();
        }
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
    }
}
