using SalesSuite.Host;

return await HostProgram.RunAsync(args);
