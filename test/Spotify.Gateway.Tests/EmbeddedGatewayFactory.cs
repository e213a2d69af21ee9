using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>
/// The gateway in its default Embedded profile, with its silo on a free port so that several
/// factories can run side by side. Extra settings override the defaults.
/// </summary>
public class EmbeddedGatewayFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;

    public EmbeddedGatewayFactory()
        : this(new Dictionary<string, string>())
    {
    }

    protected EmbeddedGatewayFactory(IReadOnlyDictionary<string, string> settings) => _settings = settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Orleans:SiloPort", FreePorts.Take().ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
