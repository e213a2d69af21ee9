using Microsoft.Extensions.Options;
using Spotify.Hosting;

namespace Spotify.Gateway.Auth;

public sealed class AdminClientOptionsValidator(GatewayHosting hosting) : IValidateOptions<AdminClientOptions>
{
    public const int MinSecretLength = 16;

    public ValidateOptionsResult Validate(string? name, AdminClientOptions options)
    {
        var required = hosting.Profile == SpotifyProfile.Cluster;
        return (options.ClientSecret is null && !required) || options.ClientSecret?.Length >= MinSecretLength
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{AdminClientOptions.Section}:ClientSecret must be at least {MinSecretLength} characters");
    }
}
