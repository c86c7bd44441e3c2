export * from './web.module';
export * from './errors/web-errors.service';
export * from './http/register-web';
