namespace Spotify.Testing;

/// <summary>
/// The CDN edge of <c>deploy/nginx/edge.conf.template</c> run as a private nginx on a free loopback
/// port (<see cref="NginxProcess"/>), with its cache, temporary files, pid and logs in a folder of its own.
/// </summary>
public sealed class NginxEdge : IAsyncDisposable
{
    private readonly NginxProcess _nginx;

    private NginxEdge(NginxProcess nginx) => _nginx = nginx;

    public Uri BaseAddress => _nginx.BaseAddress;

    public string StateDirectory => _nginx.StateDirectory;

    /// <summary>What nginx printed and logged so far, for failure messages.</summary>
    public string Diagnostics => _nginx.Diagnostics;

    /// <summary>Starts nginx in front of <paramref name="upstreams"/> (host:port each) and waits until it accepts connections.</summary>
    /// <param name="secret">The media signing secret, the same as the gateways'.</param>
    public static async Task<NginxEdge> StartAsync(string secret, IReadOnlyList<string> upstreams, TimeSpan timeout) =>
        new(await NginxProcess.StartAsync("edge", (stateDirectory, port) => Render(stateDirectory, port, secret, upstreams), timeout));

    public ValueTask DisposeAsync() => _nginx.DisposeAsync();

    private static string Render(string stateDirectory, int port, string secret, IReadOnlyList<string> upstreams)
    {
        var template = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "deploy", "nginx", "edge.conf.template"));
        var values = new Dictionary<string, string>
        {
            ["EDGE_USER"] = Environment.UserName,
            ["EDGE_PID"] = Path.Combine(stateDirectory, "nginx.pid"),
            ["EDGE_ERROR_LOG"] = NginxProcess.ErrorLogOf(stateDirectory),
            ["EDGE_ACCESS_LOG"] = Path.Combine(stateDirectory, "access.log"),
            ["EDGE_LISTEN"] = $"127.0.0.1:{port}",
            ["EDGE_UPSTREAM_SERVERS"] = string.Join(" ", upstreams.Select(upstream => $"server {upstream};")),
            ["EDGE_SECRET"] = secret,
            ["EDGE_CACHE_DIR"] = Path.Combine(stateDirectory, "cache"),
            ["EDGE_CACHE_MAX_SIZE"] = "256m",
            ["EDGE_TEMP_DIR"] = Path.Combine(stateDirectory, "temp"),
        };
        Directory.CreateDirectory(values["EDGE_TEMP_DIR"]);
        var rendered = values.Aggregate(template, (text, value) => text.Replace($"${{{value.Key}}}", value.Value, StringComparison.Ordinal));
        return rendered.Contains("${EDGE_", StringComparison.Ordinal)
            ? throw new InvalidOperationException("edge.conf.template has a placeholder NginxEdge does not fill.")
            : rendered;
    }
}
