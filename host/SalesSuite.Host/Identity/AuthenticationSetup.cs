using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace SalesSuite.Host.Identity;

public static class AuthenticationSetup
{
    /// <summary>JWT bearer tokens from any OIDC issuer; in Development also the built-in development issuer.</summary>
    public static IServiceCollection AddSalesSuiteAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var devKey = environment.IsDevelopment() && !string.IsNullOrEmpty(options.DevSigningKey) ? options.DevSigningKey : null;
        if (!environment.IsDevelopment())
        {
            options.DevSigningKey = null;
        }

        services.AddSingleton(options);
        // Tokens are about wall-clock time even when the domain clock is faked in tests.
        services.AddSingleton(sp => new DevTokenIssuer(options, TimeProvider.System));
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.Authority = options.Authority;
            jwt.Audience = options.Audience;
            jwt.RequireHttpsMetadata = !environment.IsDevelopment();
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateAudience = true,
                ValidAudience = options.Audience,
                ValidateLifetime = true,
                ClockSkew = TimeSpan.FromMinutes(1),
                NameClaimType = "name",
                RoleClaimType = "role",
            };
            if (devKey is not null)
            {
                jwt.TokenValidationParameters.ValidIssuers = [options.DevIssuer];
                jwt.TokenValidationParameters.IssuerSigningKey = DevTokenIssuer.KeyFrom(devKey);
            }
        });
        services.AddAuthorization();
        return services;
    }
}
