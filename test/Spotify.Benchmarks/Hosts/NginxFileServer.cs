using Spotify.Testing;

namespace Spotify.Benchmarks.Hosts;

/// <summary>
/// The ceiling for serving media: a plain nginx serving a folder's files as they are (sendfile,
/// no access log), ranges included, with nothing else to do.
/// </summary>
public sealed class NginxFileServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly NginxProcess _nginx;

    private NginxFileServer(NginxProcess nginx) => _nginx = nginx;

    public Uri BaseAddress => _nginx.BaseAddress;

    /// <param name="root">The folder whose files it serves: <c>/a/b</c> is the file <c>{root}/a/b</c>.</param>
    public static async Task<NginxFileServer> StartAsync(string root) =>
        new(await NginxProcess.StartAsync("file-server", (state, port) => Configuration(state, port, root), StartTimeout));

    public ValueTask DisposeAsync() => _nginx.DisposeAsync();

    private static string Configuration(string state, int port, string root) => $$"""
        user {{Environment.UserName}};
        worker_processes auto;
        pid {{Path.Combine(state, "nginx.pid")}};
        error_log {{NginxProcess.ErrorLogOf(state)}} warn;
        events {
            worker_connections 1024;
        }
        http {
            default_type application/octet-stream;
            sendfile on;
            tcp_nopush on;
            access_log off;
            keepalive_requests 1000000;
            client_body_temp_path {{Path.Combine(state, "client_body")}};
            proxy_temp_path {{Path.Combine(state, "proxy")}};
            fastcgi_temp_path {{Path.Combine(state, "fastcgi")}};
            uwsgi_temp_path {{Path.Combine(state, "uwsgi")}};
            scgi_temp_path {{Path.Combine(state, "scgi")}};
            server {
                listen 127.0.0.1:{{port}};
                root {{root}};
            }
        }
        """;
}
