using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spotify.Media.Signing;
using Spotify.Media.Storage;

namespace Spotify.Hosting;

/// <summary>
/// Where audio lives and how links to it are signed: a local folder (<c>Spotify:Media:Directory</c>,
/// default <c>data/media</c>) in the Embedded profile, the blob container <c>Spotify:Media:Container</c>
/// (default <c>media</c>) of the cluster's storage account in the Cluster profile; signing settings
/// from <c>Spotify:Media:Signing</c>, whose secret the Cluster profile requires.
/// </summary>
public static class MediaRegistration
{
    public const string DirectoryKey = "Spotify:Media:Directory";
    public const string ContainerKey = "Spotify:Media:Container";
    public const string DefaultDirectory = "data/media";
    public const string DefaultContainer = "media";

    /// <summary>The Embedded profile's signing secret when none is set: fine on a developer's machine, never behind a real edge.</summary>
    public const string EmbeddedSigningSecret = "embedded-development-media-signing-secret";

    public static IServiceCollection AddSpotifyMedia(this IServiceCollection services, SpotifyProfile profile, IConfiguration configuration)
    {
        if (profile == SpotifyProfile.Embedded)
        {
            var directory = Path.GetFullPath(configuration[DirectoryKey] ?? DefaultDirectory);
            services.AddSingleton<IBlobStore>(_ => new LocalFolderBlobStore(directory));
        }
        else
        {
            var container = configuration[ContainerKey] ?? DefaultContainer;
            services.AddSingleton<IBlobStore>(provider =>
                new AzureBlobStore(provider.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(container)));
        }

        var signing = services.AddOptions<MediaSigningOptions>().BindConfiguration(MediaSigningOptions.Section);
        if (profile == SpotifyProfile.Embedded)
        {
            signing.PostConfigure(options => options.Secret = options.Secret is { Length: > 0 } secret ? secret : EmbeddedSigningSecret);
        }
        signing.ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => new MediaUrlSigner(SigningOptions(provider), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => new MediaUrlValidator(SigningOptions(provider), provider.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static MediaSigningOptions SigningOptions(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<MediaSigningOptions>>().Value;
}
