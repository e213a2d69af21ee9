using System.Net;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Spotify.Gateway.Auth;

/// <summary>
/// Takes the place of OpenIddict's redirect URI check at the authorization endpoint. Clients with
/// the <see cref="AnyLoopbackSetting"/> may redirect to <c>http://127.0.0.1</c> on any port and
/// path (RFC 8252 section 7.3); every other client keeps the exact match. The token endpoint still
/// insists on the very redirect URI the code was issued for.
/// </summary>
public sealed class LoopbackRedirectUriHandler(IOpenIddictApplicationManager applications)
    : IOpenIddictServerHandler<ValidateAuthorizationRequestContext>
{
    public const string AnyLoopbackSetting = "spotify:any_loopback_redirect_uri";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateAuthorizationRequestContext>()
            .AddFilter<OpenIddictServerHandlerFilters.RequireDegradedModeDisabled>()
            .UseScopedHandler<LoopbackRedirectUriHandler>()
            .SetOrder(OpenIddictServerHandlers.Authentication.ValidateClientRedirectUri.Descriptor.Order)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateAuthorizationRequestContext context)
    {
        var application = await applications.FindByClientIdAsync(context.ClientId!)
            ?? throw new InvalidOperationException($"Client {context.ClientId} passed validation but cannot be found.");
        var anyLoopback = (await applications.GetSettingsAsync(application)).ContainsKey(AnyLoopbackSetting);

        if (string.IsNullOrEmpty(context.RedirectUri))
        {
            // As OpenIddict does: infer the redirect URI only when exactly one is registered.
            var registered = await applications.GetRedirectUrisAsync(application);
            if (anyLoopback || registered.Length != 1)
            {
                context.Reject(OpenIddictConstants.Errors.InvalidRequest, "The mandatory 'redirect_uri' parameter is missing.");
                return;
            }
            context.SetRedirectUri(registered[0]);
            return;
        }

        if (anyLoopback && IsLoopbackAddressUri(context.RedirectUri))
        {
            return;
        }
        if (!await applications.ValidateRedirectUriAsync(application, context.RedirectUri))
        {
            context.Reject(OpenIddictConstants.Errors.InvalidRequest, "The specified 'redirect_uri' is not valid for this client application.");
        }
    }

    /// <summary>http, host literally 127.0.0.1, no user information or fragment.</summary>
    public static bool IsLoopbackAddressUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttp
        && uri.HostNameType == UriHostNameType.IPv4
        && IPAddress.Parse(uri.Host).Equals(IPAddress.Loopback)
        && uri.UserInfo.Length == 0
        && uri.Fragment.Length == 0;
}
