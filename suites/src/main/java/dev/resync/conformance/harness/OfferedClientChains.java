package dev.resync.conformance.harness;

import java.net.Socket;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A scenario server's client-certificate check that accepts every chain and remembers it. JSSE
 * calls it the moment the client's Certificate message arrives, before anything else is decided,
 * and in every TLS version: so it witnesses a certificate the client sent even when the
 * handshake then fails, and even under TLS 1.3, where the message is encrypted on the wire.
 */
final class OfferedClientChains extends X509ExtendedTrustManager {

  private final X509Certificate[] authorities;
  private final List<List<X509Certificate>> offered = new ArrayList<>();

  OfferedClientChains(List<X509Certificate> authorities) {
    this.authorities = authorities.toArray(new X509Certificate[0]);
  }

  synchronized List<List<X509Certificate>> offered() {
    return List.copyOf(offered);
  }

  private synchronized void record(X509Certificate[] chain) {
    offered.add(chain == null ? List.of() : List.of(chain));
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
    record(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
    record(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) {
    record(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws java.security.cert.CertificateException {
    throw new java.security.cert.CertificateException("a scenario server trusts no server");
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws java.security.cert.CertificateException {
    throw new java.security.cert.CertificateException("a scenario server trusts no server");
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) throws java.security.cert.CertificateException {
    throw new java.security.cert.CertificateException("a scenario server trusts no server");
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return authorities.clone();
  }
}
